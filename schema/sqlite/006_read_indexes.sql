-- 006_read_indexes: indexes for reading a large graph (measured at 10^6 measurements, docs/benchmarks.md).
-- measurement_in_default_order: pages in the default order (property, SI value from high to low, id) are read
-- from the index and stop after the page, instead of sorting every match (a page of an unfiltered query took
-- over 10 s at 10^6 measurements); measurement_by_property_kind_in_default_order does the same for pages of one
-- subject kind (the README's example query).
-- measurement_for_comparison: a comparison table over properties and subject kinds reads subject, unit and SI
-- value of every match; with them (and the id) in the index it never visits the measurement rows, which at 10^6
-- measurements are scattered over the whole file (3.4 s → 0.3 s).
CREATE INDEX measurement_in_default_order ON measurement (property, si_value DESC, id);
CREATE INDEX measurement_by_property_kind_in_default_order ON measurement (property, subject_kind, si_value DESC, id);
CREATE INDEX measurement_for_comparison ON measurement (property, subject_kind, subject_id, si_unit, si_value, id);
