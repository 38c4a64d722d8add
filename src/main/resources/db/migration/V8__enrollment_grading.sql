-- How the LMS grades the resource link an enrollment reports to (LinkGrading): a launch from a
-- link of the same LMS course that grades no better does not move the enrollment's grades there.
-- Rows written before it count as UNGRADED: their next launch with grades places them as before.
ALTER TABLE enrollment ADD COLUMN link_grading VARCHAR(16) DEFAULT 'UNGRADED' NOT NULL;
