// The extension's own database (on the extension's origin), shared by the popup and the worker.
import { ClipBriefDatabase } from '../shared/store/db.ts';
import { Repository } from '../shared/store/repository.ts';

let repo: Repository | undefined;
export function extensionRepository(): Repository {
  repo ??= new Repository(new ClipBriefDatabase());
  return repo;
}
