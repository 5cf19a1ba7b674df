CREATE TABLE `actions` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`kind` text,
	`catalogue_version` text NOT NULL,
	`title` text,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`targets` text NOT NULL,
	`note` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `actions_team_idx` ON `actions` (`team_id`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`role` text NOT NULL,
	`measure` text NOT NULL,
	`comparator` text NOT NULL,
	`target` real NOT NULL,
	`due_on` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `wave_digests` (
	`wave_id` text PRIMARY KEY NOT NULL,
	`payload` text NOT NULL
);
