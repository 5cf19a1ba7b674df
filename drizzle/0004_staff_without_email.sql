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
CREATE INDEX `staff_left_idx` ON `staff` (`updated_at`) WHERE active = 0 and name <> '';