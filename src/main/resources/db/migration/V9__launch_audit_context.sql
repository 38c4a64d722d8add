-- The LMS course (lms_context.id) an accepted launch came from, so the instructor page can tell who
-- has opened the tool from that course, enrolled in a course or not yet. No foreign key: audits are
-- deleted by age on their own, and a context's audits outlive nothing it refers to.
ALTER TABLE launch_audit ADD COLUMN context_key BIGINT;
CREATE INDEX ix_launch_audit_context ON launch_audit (context_key, subject);
