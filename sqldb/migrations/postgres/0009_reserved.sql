-- Reserved for the migration another branch numbers 0009; this placeholder
-- keeps the numbers dense on this branch and goes away when they meet.
SELECT 1;
