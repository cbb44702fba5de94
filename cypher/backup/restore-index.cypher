// While restoring, nodes carry their backup key under a temporary label, indexed, so that
// relationships find their ends fast. Removed at the end of the restore.
CREATE INDEX backup_restore_key IF NOT EXISTS FOR (n:BackupRestore) ON (n.backupKey)
