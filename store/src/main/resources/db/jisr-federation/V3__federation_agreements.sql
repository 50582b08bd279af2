-- Every version of every agreement this node applies (issue 7: agreements edited at run time, versioned).
-- Seeded from the agreement files at the first start; from then on each change (an edit, a suspension, a
-- reinstatement) is a new row, and the newest row of an agreement is the one in force on this node. The
-- primary key refuses a second version with the same number, so two administrators saving at once cannot
-- both win. `agreement_json` is the agreement in the file format (JSON); `actor` the username that saved
-- it ("file" when read from a file); `reason` what they wrote.
CREATE TABLE fed_agreement (
    agreement_id   VARCHAR(64)      NOT NULL,
    version        INTEGER          NOT NULL,
    saved_ms       BIGINT           NOT NULL,
    actor          VARCHAR(128)     NOT NULL,
    reason         VARCHAR(2000)    NOT NULL,
    agreement_json VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (agreement_id, version)
);
