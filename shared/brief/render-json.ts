// JSON: the Brief exactly as the schema has it, for share links and import.
import { BriefSchema, type Brief } from '../model.ts';

export function renderJson(brief: Brief): string {
  return JSON.stringify(BriefSchema.parse(brief), null, 2) + '\n';
}
