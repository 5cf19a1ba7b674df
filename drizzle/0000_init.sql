-- sealed_answers, responses and comments are WITHOUT ROWID (edited by hand): their rows sort by a random id,
-- so neither the rowid nor the page order says in which order answers arrived.
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`team_id` text NOT NULL,
	`role` text NOT NULL,
	`language` text NOT NULL,
	`active` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_email_unique` ON `staff` (`email`);--> statement-breakpoint
CREATE INDEX `staff_team_idx` ON `staff` (`team_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` text PRIMARY KEY NOT NULL,
	`parent_id` text,
	`name` text NOT NULL,
	`path` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_path_unique` ON `teams` (`path`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`team_id` text NOT NULL,
	`role` text NOT NULL,
	`language` text NOT NULL,
	`token_hash` text NOT NULL,
	`used` integer DEFAULT false NOT NULL,
	`reminders_sent` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_wave_idx` ON `invitations` (`wave_id`,`used`);--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_wave_staff_idx` ON `invitations` (`wave_id`,`staff_id`);--> statement-breakpoint
CREATE TABLE `waves` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`opened_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`closed_at` integer,
	`k` integer NOT NULL,
	`k_comments` integer NOT NULL,
	`bank_version` text NOT NULL,
	`module` text NOT NULL,
	`invited` integer NOT NULL,
	`slot` text,
	`reminders` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `waves_slot_unique` ON `waves` (`slot`);--> statement-breakpoint
CREATE TABLE `aggregates` (
	`wave_id` text NOT NULL,
	`block_id` text NOT NULL,
	`measure` text NOT NULL,
	`n` integer NOT NULL,
	`sum` real NOT NULL,
	`sum_sq` real NOT NULL,
	PRIMARY KEY(`block_id`, `measure`)
);
--> statement-breakpoint
CREATE INDEX `aggregates_wave_idx` ON `aggregates` (`wave_id`);--> statement-breakpoint
CREATE TABLE `block_origins` (
	`wave_id` text NOT NULL,
	`block_id` text NOT NULL,
	`team_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`block_id`, `team_id`, `role`)
);
--> statement-breakpoint
CREATE INDEX `block_origins_wave_idx` ON `block_origins` (`wave_id`);--> statement-breakpoint
CREATE TABLE `blocks` (
	`id` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`team_id` text NOT NULL,
	`role` text,
	`respondents` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `blocks_wave_idx` ON `blocks` (`wave_id`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`block_id` text NOT NULL,
	`question_id` text NOT NULL,
	`text` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `comments_block_idx` ON `comments` (`block_id`);--> statement-breakpoint
CREATE TABLE `item_counts` (
	`wave_id` text NOT NULL,
	`block_id` text NOT NULL,
	`question_id` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`block_id`, `question_id`, `value`)
);
--> statement-breakpoint
CREATE INDEX `item_counts_wave_idx` ON `item_counts` (`wave_id`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`block_id` text NOT NULL,
	`answers` text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `responses_block_idx` ON `responses` (`block_id`);--> statement-breakpoint
CREATE TABLE `sealed_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`wave_id` text NOT NULL,
	`payload` blob NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `sealed_answers_wave_idx` ON `sealed_answers` (`wave_id`);--> statement-breakpoint
CREATE TABLE `view_results` (
	`wave_id` text NOT NULL,
	`team_id` text NOT NULL,
	`role` text NOT NULL,
	`published` integer NOT NULL,
	`reason` text,
	`respondents` integer,
	`invited` integer NOT NULL,
	`measures` text,
	PRIMARY KEY(`team_id`, `role`, `wave_id`)
);
--> statement-breakpoint
CREATE INDEX `view_results_wave_idx` ON `view_results` (`wave_id`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`wave_id` text,
	`invitation_id` text,
	`login_id` text,
	`recipient` text NOT NULL,
	`language` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`batch_key` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lease_until` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`provider_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_idempotency_key_unique` ON `messages` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `messages_due_idx` ON `messages` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `messages_wave_idx` ON `messages` (`wave_id`,`status`);--> statement-breakpoint
CREATE INDEX `messages_batch_idx` ON `messages` (`batch_key`,`status`);--> statement-breakpoint
CREATE TABLE `login_links` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `login_links_token_hash_unique` ON `login_links` (`token_hash`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`role` text NOT NULL,
	`team_id` text,
	`csrf` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`team_id` text,
	`language` text DEFAULT 'de' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` text PRIMARY KEY NOT NULL,
	`every` text NOT NULL,
	`weekday` integer NOT NULL,
	`time` text NOT NULL,
	`timezone` text NOT NULL,
	`open_days` integer NOT NULL,
	`reminders` text NOT NULL,
	`k` integer NOT NULL,
	`anchor` integer NOT NULL,
	`updated_at` integer NOT NULL
);
