-- Small facts about the stored data as a whole, such as which bundled gazetteer its places were read with.
CREATE TABLE app_state (
    state_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    state_value VARCHAR(1000) NOT NULL
);
