CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_email` text,
	`action` text NOT NULL,
	`target` text NOT NULL,
	`details` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `pending_changes` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`requested_by` text,
	`requested_by_kind` text NOT NULL,
	`requested_by_email` text,
	`requested_at` integer NOT NULL,
	`status` text NOT NULL,
	`decided_by` text,
	`decided_by_email` text,
	`decided_at` integer
);
--> statement-breakpoint
CREATE INDEX `staff_left_idx` ON `staff` (`updated_at`) WHERE active = 0 and email not like '%@removed.invalid';