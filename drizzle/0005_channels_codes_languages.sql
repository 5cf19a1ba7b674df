-- used_codes and team_codes are WITHOUT ROWID (edited by hand): their rows sort by a keyed hash, so neither a row
-- number nor the order on disk tells which printed code a row is, or in which order codes were used.
CREATE TABLE `used_codes` (
	`marker` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`team_id` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `used_codes_wave_idx` ON `used_codes` (`wave_id`,`team_id`);--> statement-breakpoint
CREATE TABLE `team_code_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`team_id` text NOT NULL,
	`role` text NOT NULL,
	`count` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `team_code_batches_wave_idx` ON `team_code_batches` (`wave_id`);--> statement-breakpoint
CREATE TABLE `team_codes` (
	`hash` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`batch_id` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `team_codes_wave_idx` ON `team_codes` (`wave_id`);--> statement-breakpoint
ALTER TABLE `staff` ADD `employee_id` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `channel` text DEFAULT 'email' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `staff_employee_id_unique` ON `staff` (`employee_id`);--> statement-breakpoint
ALTER TABLE `invitations` ADD `code_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_code_hash_unique` ON `invitations` (`code_hash`);--> statement-breakpoint
ALTER TABLE `waves` ADD `translations` text DEFAULT '{}' NOT NULL;