// The PWA's own database (on the PWA's origin): same schema and repository as the extension's.
import { ClipBriefDatabase } from '../shared/store/db.ts';
import { Repository } from '../shared/store/repository.ts';

export const pwaRepository = new Repository(new ClipBriefDatabase());
