-- used_links and close_staging are WITHOUT ROWID (edited by hand): their rows sort by a random keyed hash, so neither
-- a row number nor the order on disk tells in which order links were used or teams were tallied. Legacy tables and
-- invitations.used stay until the upgrade on start has moved their content (src/results/upgrade.ts); the next
-- release drops them.
CREATE TABLE `close_staging` (
	`id` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`payload` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `close_staging_wave_idx` ON `close_staging` (`wave_id`);--> statement-breakpoint
CREATE TABLE `used_links` (
	`marker` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `used_links_wave_idx` ON `used_links` (`wave_id`);--> statement-breakpoint
CREATE TABLE `wave_exposure` (
	`wave_id` text PRIMARY KEY NOT NULL,
	`payload` blob NOT NULL
);
--> statement-breakpoint
DROP INDEX `invitations_wave_idx`;--> statement-breakpoint
CREATE INDEX `invitations_wave_idx` ON `invitations` (`wave_id`);--> statement-breakpoint
ALTER TABLE `waves` ADD `left_out` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `waves` ADD `close_cursor` text;--> statement-breakpoint
ALTER TABLE `view_results` ADD `counts` text;