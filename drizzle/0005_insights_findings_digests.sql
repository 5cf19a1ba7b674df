CREATE TABLE `findings` (
	`wave_id` text NOT NULL,
	`team_id` text NOT NULL,
	`rank` integer NOT NULL,
	`kind` text NOT NULL,
	`measures` text NOT NULL,
	`direction` text NOT NULL,
	`tone` text NOT NULL,
	`effect` real NOT NULL,
	`low` real NOT NULL,
	`high` real NOT NULL,
	`value` real NOT NULL,
	`compared` real NOT NULL,
	`since` text,
	`other` text,
	`actions` text NOT NULL,
	PRIMARY KEY(`wave_id`, `team_id`, `rank`)
);
--> statement-breakpoint
CREATE INDEX `findings_team_idx` ON `findings` (`team_id`,`wave_id`);--> statement-breakpoint
ALTER TABLE `waves` ADD `findings_at` integer;--> statement-breakpoint
ALTER TABLE `messages` ADD `user_id` text;