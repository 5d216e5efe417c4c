export { ClipBriefDatabase } from './db.ts';
export { Repository, incomingWins, type ApplyResult, type ChangeBatch, type FigureQuery, type FigureSort } from './repository.ts';
export { InvalidRecordError, restoreChanges, restoreRecord, type Change, type TableName } from './restore.ts';
export { DATABASE_NAME, SCHEMA_VERSIONS, type SchemaVersion } from './schema.ts';
