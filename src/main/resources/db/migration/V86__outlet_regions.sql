-- The outlets' home regions (issue #16; org.geobrief.geoparse.HomeRegions): per stored article of a known outlet, the
-- first-level areas ("US.CT") of its confident towns and counties and how many distinct names it placed in each. An
-- outlet's prior is read from its other articles' rows when one of its articles is analysed. Kept per article, not
-- summed per outlet, so that re-analysing an article replaces its counts and deleting it takes them away.
CREATE TABLE outlet_regions (
    article_id  VARCHAR(64)   NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    outlet      VARCHAR(500)  NOT NULL,  -- org.geobrief.geoparse.OutletRegions.key: outlet name, else URL host
    region      VARCHAR(32)   NOT NULL,  -- country code '.' GeoNames admin-1 code
    names       INTEGER       NOT NULL,  -- distinct confident town and county names placed in the region
    PRIMARY KEY (article_id, region)
);
CREATE INDEX outlet_regions_outlet ON outlet_regions (outlet, article_id);
