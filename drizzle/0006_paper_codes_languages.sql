-- Written by hand from two generated steps: drizzle-kit rebuilds `staff` (email nullable) with the new columns in the
-- copy, which would select columns the old table lacks; so the rebuild comes first with the old columns, then the
-- new ones are added.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_staff` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text,
	`name` text NOT NULL,
	`team_id` text NOT NULL,
	`role` text NOT NULL,
	`language` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_staff`("id", "email", "name", "team_id", "role", "language", "active", "created_at", "updated_at") SELECT "id", "email", "name", "team_id", "role", "language", "active", "created_at", "updated_at" FROM `staff`;--> statement-breakpoint
DROP TABLE `staff`;--> statement-breakpoint
ALTER TABLE `__new_staff` RENAME TO `staff`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `staff_email_unique` ON `staff` (`email`);--> statement-breakpoint
CREATE INDEX `staff_team_idx` ON `staff` (`team_id`);--> statement-breakpoint
CREATE INDEX `staff_left_idx` ON `staff` (`updated_at`) WHERE active = 0 and name <> '';--> statement-breakpoint
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