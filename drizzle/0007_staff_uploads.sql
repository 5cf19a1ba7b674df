CREATE TABLE `staff_uploads` (
	`id` text NOT NULL,
	`part` integer NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`id`, `part`)
);
--> statement-breakpoint
CREATE INDEX `staff_uploads_created_idx` ON `staff_uploads` (`created_at`);