-- 006_comparison_index: a covering index for comparison tables. A table over a property and a subject kind reads
-- subject, unit and SI value of every matching measurement; with them (and the id) in the index it never visits the
-- measurement rows themselves, which at 10^6 measurements are scattered over the whole file (3.4 s → 0.3 s).
CREATE INDEX measurement_for_comparison ON measurement (property, subject_kind, subject_id, si_unit, si_value, id);
