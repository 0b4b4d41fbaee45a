-- Follow-ups: a letter that chases an earlier one. follows is the reference of the letter it chases
-- (the original in round 1, the round before's follow-up after that), follow_up_round its round.
-- First letters have neither (NULL), and their row hashes, computed without them, stay valid:
-- RowHash includes them only for a follow-up. A letter is chased once: the unique index holds it
-- under any number of concurrent runs. A follow-up takes no number of the campaign's sequence:
-- its seq is minus its entry number, so that (campaign, seq) stays unique.

ALTER TABLE letters ADD COLUMN follows VARCHAR(200) REFERENCES letters (reference);

ALTER TABLE letters ADD COLUMN follow_up_round INTEGER;

CREATE UNIQUE INDEX letters_follows ON letters (follows);
