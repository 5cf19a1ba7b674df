CREATE TABLE `throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`reset_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `throttles_reset_idx` ON `throttles` (`reset_at`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `idle_until` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `admin_token` text;--> statement-breakpoint
CREATE UNIQUE INDEX `waves_one_opening_idx` ON `waves` (`status`) WHERE "waves"."status" = 'opening';