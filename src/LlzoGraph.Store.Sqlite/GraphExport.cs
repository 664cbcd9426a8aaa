using System.Globalization;
using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Units;
using Microsoft.Data.Sqlite;

namespace LlzoGraph.Store.Sqlite;

/// <summary>
/// Reads the store back as <see cref="PaperGraph"/>s, one per paper, as they were written: the inverse of
/// <see cref="PaperWriter"/>, for <c>llzograph migrate</c>. A measurement two papers report comes with each of
/// them, carrying that paper's evidence and the references that paper lists; writing every paper's graph to
/// another store rebuilds the same graph. The curated overlay is not part of a <see cref="PaperGraph"/>: measurements
/// a merge or split moved come with the subject extraction gave them, measurements curators added are left out, and
/// the measurement edits are read with <see cref="ReadCurationAsync"/> and replayed, edit by edit, through the
/// target's <c>ICurationStore</c>.
/// </summary>
public sealed partial class SqliteGraphStore
{
    /// <summary>The ids of every paper, in id order.</summary>
    public async Task<IReadOnlyList<string>> ListPaperIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var query = new PreparedStatement(connection, transaction, "SELECT id FROM paper ORDER BY id");
        return await query.QueryAsync(r => r.GetString(0), cancellationToken);
    }

    /// <summary>One paper's whole graph, read in one transaction; null when no paper has that id.</summary>
    public async Task<PaperGraph?> ReadPaperGraphAsync(string paperId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        async Task<List<T>> Query<T>(string sql, Func<SqliteDataReader, T> read)
        {
            await using var statement = new PreparedStatement(connection, transaction, sql, "$paper");
            return await statement.QueryAsync(read, cancellationToken, paperId);
        }

        var papers = await Query(
            "SELECT id, title, authors, abstract, doi, year, source FROM paper WHERE id = $paper",
            r => new PaperNode(r.GetString(0), r.GetString(1), StoreJson.ReadAuthors(r.GetString(2)), Str(r, 3), Str(r, 4), Int(r, 5), r.GetString(6)));
        if (papers.Count == 0)
        {
            return null;
        }

        var sections = await Query(
            "SELECT ordinal, number, title FROM section WHERE paper_id = $paper ORDER BY ordinal",
            r => new SectionNode(r.GetInt32(0), r.GetString(1), r.GetString(2)));

        var references = await Query(
            """
            SELECT r.id, pr.number, r.authors, r.title, r.journal, r.year, r.volume, r.pages, r.doi, r.raw
            FROM paper_reference pr JOIN reference r ON r.id = pr.reference_id
            WHERE pr.paper_id = $paper ORDER BY pr.number
            """,
            r => new ReferenceNode(r.GetString(0), r.GetInt32(1), new ReferenceEntry(
                r.GetInt32(1), r.GetString(9), StoreJson.ReadAuthors(r.GetString(2)), Str(r, 3), Str(r, 4), Int(r, 5), Str(r, 6), Str(r, 7), Str(r, 8))));

        var citations = await Query(
            "SELECT reference_id, number, form, section, block, text FROM citation WHERE paper_id = $paper ORDER BY ordinal",
            r => new CitationNode(r.GetString(0), r.GetInt32(1), Enum.Parse<CitationForm>(r.GetString(2)), r.GetString(3), r.GetInt32(4), r.GetString(5)));

        var evidence = await Query(
            """
            SELECT measurement_id, kind, section, text, block, table_label, row, page, box, confidence
            FROM evidence WHERE paper_id = $paper ORDER BY rowid
            """,
            r => (MeasurementId: r.GetString(0), Confidence: r.GetDouble(9), Evidence: new Evidence(
                Enum.Parse<EvidenceKind>(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetInt32(4), Str(r, 5), Int(r, 6), Int(r, 7),
                GraphJson.ReadBox(Str(r, 8)))));

        var cites = (await Query(
            """
            SELECT DISTINCT mr.measurement_id, mr.reference_id
            FROM evidence e
            JOIN measurement_reference mr ON mr.measurement_id = e.measurement_id
            JOIN paper_reference pr ON pr.paper_id = e.paper_id AND pr.reference_id = mr.reference_id
            WHERE e.paper_id = $paper
            ORDER BY mr.measurement_id, pr.number
            """,
            r => (MeasurementId: r.GetString(0), ReferenceId: r.GetString(1))))
            .ToLookup(c => c.MeasurementId, c => c.ReferenceId);

        var measurementRows = await Query(
            """
            SELECT m.id, COALESCE(m.extracted_subject_id, m.subject_id), COALESCE(m.extracted_subject_kind, m.subject_kind), m.property,
                   m.value, m.upper_value, m.unit, m.qualifier, m.conditions, m.changed_from_id
            FROM measurement m
            WHERE m.id IN (SELECT measurement_id FROM evidence WHERE paper_id = $paper)
              AND m.id NOT IN (SELECT entity_id FROM entity_edit WHERE action = 'AddMeasurement')
            ORDER BY m.id
            """,
            r => (Id: r.GetString(0), SubjectId: r.GetString(1), Kind: Enum.Parse<SubjectKind>(r.GetString(2)), Property: Enum.Parse<Property>(r.GetString(3)),
                Value: r.GetDouble(4), Upper: r.IsDBNull(5) ? (double?)null : r.GetDouble(5), Unit: r.GetString(6), Qualifier: Enum.Parse<Qualifier>(r.GetString(7)),
                Conditions: r.GetString(8), ChangedFrom: Str(r, 9)));
        var aliases = (await Query("SELECT entity_id, alias FROM entity_alias WHERE paper_id = $paper ORDER BY entity_id, alias_folded", r => (Id: r.GetString(0), Alias: r.GetString(1))))
            .ToLookup(a => a.Id, a => a.Alias);

        var evidenceOf = evidence.ToLookup(e => e.MeasurementId);
        var measurements = measurementRows.Select(m => new MeasurementNode(
            m.Id, m.SubjectId, m.Kind, m.Property,
            new Quantity(m.Value, ParseUnit(m.Unit), m.Qualifier, m.Upper),
            GraphJson.ReadConditions(m.Conditions).Select(c => new Condition(c.Name, new Quantity(c.Value, ParseUnit(c.Unit)))).ToList(),
            evidenceOf[m.Id].Select(e => e.Evidence).ToList(),
            cites[m.Id].ToList(),
            evidenceOf[m.Id].Max(e => e.Confidence)) { ChangedFromId = m.ChangedFrom }).ToList();

        var subjectIds = measurementRows.Select(m => m.SubjectId).ToHashSet(StringComparer.Ordinal);
        var strategies = await SubjectsAsync(
            "SELECT s.id, s.name, s.kind, sm.material_id FROM strategy s LEFT JOIN strategy_material sm ON sm.strategy_id = s.id WHERE s.id = $id ORDER BY sm.material_id",
            subjectIds,
            rows => rows.Count == 0 ? null : new StrategyNode(rows[0].Id, rows[0].Name, Enum.Parse<SubjectKind>(rows[0].Kind!),
                rows.Where(x => x.Material is not null).Select(x => x.Material!).ToList()));
        var materialIds = subjectIds.Concat(strategies.SelectMany(s => s.MaterialIds)).ToHashSet(StringComparer.Ordinal);
        var materials = await SubjectsAsync(
            "SELECT id, name, NULL, NULL FROM material WHERE id = $id",
            materialIds,
            rows => rows.Count == 0 ? null : new MaterialNode(rows[0].Id, rows[0].Name) { Aliases = aliases[rows[0].Id].ToList() });

        return new PaperGraph(papers[0], sections, materials, strategies, measurements, references) { Citations = citations };

        async Task<List<T>> SubjectsAsync<T>(string sql, IEnumerable<string> ids, Func<List<(string Id, string Name, string? Kind, string? Material)>, T?> build)
            where T : class
        {
            var found = new List<T>();
            await using var statement = new PreparedStatement(connection, transaction, sql, "$id");
            foreach (var id in ids.Order(StringComparer.Ordinal))
            {
                var rows = await statement.QueryAsync(r => (r.GetString(0), r.GetString(1), Str(r, 2), Str(r, 3)), cancellationToken, id);
                if (build(rows) is { } node)
                {
                    found.Add(node);
                }
            }

            return found;
        }
    }

    /// <summary>The curated overlay: every edit in the order it was recorded, and the conflicts later ingests raised, by measurement.</summary>
    public async Task<CuratedOverlay> ReadCurationAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var edits = new PreparedStatement(connection, transaction,
            "SELECT id, measurement_id, action, author, at, comment, before, after FROM curation_edit ORDER BY seq");
        var history = await edits.QueryAsync(
            r => new CurationEdit(
                r.GetString(0), r.GetString(1), Enum.Parse<CurationAction>(r.GetString(2)), r.GetString(3),
                DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture), Str(r, 5), Fields(r, 6), Fields(r, 7)),
            cancellationToken);
        await using var conflicts = new PreparedStatement(connection, transaction,
            "SELECT measurement_id, conflict FROM measurement_curation WHERE conflict IS NOT NULL ORDER BY measurement_id");
        var flagged = await conflicts.QueryAsync(r => (Id: r.GetString(0), Conflict: r.GetString(1)), cancellationToken);
        return new CuratedOverlay(history, flagged.ToDictionary(f => f.Id, f => f.Conflict, StringComparer.Ordinal));
    }

    /// <summary>
    /// The curators' overlay on entities: every entity edit oldest first, the entities splits created, the merges and
    /// split moves in force, the curators' aliases, and the measurements curators added (with their evidence, the
    /// references they cite, and who added them when). Measurements come with the subject extraction or the curator gave them.
    /// </summary>
    public async Task<EntityOverlaySnapshot> ReadEntityOverlayAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        async Task<List<T>> Query<T>(string sql, Func<SqliteDataReader, T> read)
        {
            await using var statement = new PreparedStatement(connection, transaction, sql);
            return await statement.QueryAsync(read, cancellationToken);
        }

        var edits = await Query(
            "SELECT id, action, entity_id, other_id, author, at, comment, before, after FROM entity_edit ORDER BY seq",
            r => new EntityEdit(r.GetString(0), Enum.Parse<EntityAction>(r.GetString(1)), r.GetString(2), Str(r, 3), r.GetString(4),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture), Str(r, 6), Str(r, 7), Str(r, 8)));
        const string Created = "(SELECT other_id FROM entity_edit WHERE action = 'Split')";
        var materials = await Query($"SELECT id, name FROM material WHERE id IN {Created} ORDER BY id", r => new MaterialNode(r.GetString(0), r.GetString(1)));
        var madeOf = (await Query($"SELECT strategy_id, material_id FROM strategy_material WHERE strategy_id IN {Created} ORDER BY material_id",
            r => (Strategy: r.GetString(0), Material: r.GetString(1)))).ToLookup(x => x.Strategy, x => x.Material);
        var strategies = await Query($"SELECT id, name, kind FROM strategy WHERE id IN {Created} ORDER BY id",
            r => new StrategyNode(r.GetString(0), r.GetString(1), Enum.Parse<SubjectKind>(r.GetString(2)), madeOf[r.GetString(0)].ToList()));
        var merges = await Query("SELECT merged_id, kept_id, edit_id FROM entity_merge ORDER BY merged_id", r => (r.GetString(0), r.GetString(1), r.GetString(2)));
        var moves = await Query("SELECT measurement_id, subject_id, subject_kind, edit_id FROM measurement_subject ORDER BY measurement_id",
            r => (r.GetString(0), r.GetString(1), Enum.Parse<SubjectKind>(r.GetString(2)), r.GetString(3)));
        var aliases = await Query("SELECT entity_id, alias, edit_id FROM entity_alias WHERE paper_id = '' AND edit_id IS NOT NULL ORDER BY entity_id, alias_folded",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)));

        var evidence = (await Query(
            """
            SELECT e.measurement_id, e.paper_id, e.kind, e.section, e.text, e.block, e.table_label, e.row, e.page, e.box
            FROM evidence e JOIN entity_edit x ON x.entity_id = e.measurement_id AND x.action = 'AddMeasurement' ORDER BY e.rowid
            """,
            r => (Id: r.GetString(0), Paper: r.GetString(1), Evidence: new Evidence(Enum.Parse<EvidenceKind>(r.GetString(2)), r.GetString(3), r.GetString(4),
                r.GetInt32(5), Str(r, 6), Int(r, 7), Int(r, 8), GraphJson.ReadBox(Str(r, 9)))))).ToLookup(e => e.Id);
        var cites = (await Query(
            "SELECT mr.measurement_id, mr.reference_id FROM measurement_reference mr JOIN entity_edit x ON x.entity_id = mr.measurement_id AND x.action = 'AddMeasurement' ORDER BY mr.reference_id",
            r => (Id: r.GetString(0), Reference: r.GetString(1)))).ToLookup(c => c.Id, c => c.Reference);
        var added = await Query(
            """
            SELECT m.id, COALESCE(m.extracted_subject_id, m.subject_id), COALESCE(m.extracted_subject_kind, m.subject_kind), m.property,
                   m.value, m.upper_value, m.unit, m.qualifier, m.conditions, x.author, x.at
            FROM measurement m JOIN entity_edit x ON x.entity_id = m.id AND x.action = 'AddMeasurement'
            ORDER BY x.seq
            """,
            r => (Id: r.GetString(0), Node: new MeasurementNode(r.GetString(0), r.GetString(1), Enum.Parse<SubjectKind>(r.GetString(2)), Enum.Parse<Property>(r.GetString(3)),
                    new Quantity(r.GetDouble(4), ParseUnit(r.GetString(6)), Enum.Parse<Qualifier>(r.GetString(7)), r.IsDBNull(5) ? null : r.GetDouble(5)),
                    GraphJson.ReadConditions(r.GetString(8)).Select(c => new Condition(c.Name, new Quantity(c.Value, ParseUnit(c.Unit)))).ToList(), [], [], 1.0),
                Author: r.GetString(9), At: DateTimeOffset.Parse(r.GetString(10), CultureInfo.InvariantCulture)));
        var measurements = added
            .Where(a => evidence[a.Id].Any())
            .Select(a => (evidence[a.Id].First().Paper, a.Node with { Evidence = evidence[a.Id].Select(e => e.Evidence).ToList(), ReferenceIds = cites[a.Id].ToList() }, a.Author, a.At))
            .ToList();
        return new EntityOverlaySnapshot(edits, materials, strategies, merges, moves, aliases, measurements);
    }

    /// <summary>
    /// Writes an entity overlay read from another store, in one transaction, after its papers (the inverse of
    /// <see cref="ReadEntityOverlayAsync"/>); edits already held (by id) are skipped, so running it again changes nothing.
    /// Returns how many edits it copied.
    /// </summary>
    public Task<int> RestoreEntityOverlayAsync(EntityOverlaySnapshot overlay, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            ArgumentNullException.ThrowIfNull(overlay);
            async Task<int> Run(string sql, params (string Name, object? Value)[] parameters)
            {
                await using var command = Command(connection, transaction, sql, parameters);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var m in overlay.Materials)
            {
                await Run("INSERT INTO material (id, name, name_folded) VALUES ($id, $name, $folded) ON CONFLICT DO NOTHING",
                    ("$id", m.Id), ("$name", m.Name), ("$folded", PaperWriter.Fold(m.Name)));
            }

            foreach (var s in overlay.Strategies)
            {
                await Run("INSERT INTO strategy (id, name, name_folded, kind) VALUES ($id, $name, $folded, $kind) ON CONFLICT DO NOTHING",
                    ("$id", s.Id), ("$name", s.Name), ("$folded", PaperWriter.Fold(s.Name)), ("$kind", s.Kind.ToString()));
                foreach (var material in s.MaterialIds)
                {
                    await Run("INSERT INTO strategy_material (strategy_id, material_id) VALUES ($s, $m) ON CONFLICT DO NOTHING", ("$s", s.Id), ("$m", material));
                }
            }

            foreach (var (paperId, m, author, at) in overlay.Added)
            {
                var q = m.Quantity;
                await using (var insert = new PreparedStatement(connection, transaction, WriteSql.InsertMeasurement, WriteSql.MeasurementParameters))
                {
                    if (await insert.ExecuteAsync(cancellationToken, m.Id, m.SubjectId, m.SubjectKind.ToString(), m.Property.ToString(), q.Value, q.UpperValue,
                        q.Unit.Symbol, q.SiValue, q.SiUpperValue, q.Unit.SiSymbol, q.Qualifier.ToString(), GraphJson.Conditions(m.Conditions)) == 0)
                    {
                        continue;
                    }
                }

                await using (var insert = new PreparedStatement(connection, transaction, WriteSql.InsertEvidence, WriteSql.EvidenceParameters))
                {
                    foreach (var e in m.Evidence)
                    {
                        await insert.ExecuteAsync(cancellationToken, MeasurementNode.EvidenceId(m.Id, paperId, e), m.Id, paperId, e.Kind.ToString(), e.Section, e.Text,
                            e.BlockIndex, e.Table, e.Row, e.Page, GraphJson.Box(e.Box), m.Confidence);
                    }
                }

                foreach (var reference in m.ReferenceIds)
                {
                    await Run(WriteSql.InsertMeasurementReference, ("$measurement", m.Id), ("$reference", reference));
                }

                await Run(CurationSql.UpsertState, ("$measurement", m.Id), ("$action", CurationAction.Confirm.ToString()), ("$author", author),
                    ("$at", at.ToString("O", CultureInfo.InvariantCulture)), ("$subject", null));
            }

            var copied = 0;
            foreach (var edit in overlay.Edits)
            {
                copied += await Run(
                    """
                    INSERT INTO entity_edit (id, action, entity_id, other_id, author, at, comment, before, after)
                    VALUES ($id, $action, $entity, $other, $author, $at, $comment, $before, $after) ON CONFLICT (id) DO NOTHING
                    """,
                    ("$id", edit.Id), ("$action", edit.Action.ToString()), ("$entity", edit.EntityId), ("$other", edit.OtherId), ("$author", edit.Author),
                    ("$at", edit.At.ToString("O", CultureInfo.InvariantCulture)), ("$comment", edit.Comment), ("$before", edit.Before), ("$after", edit.After));
            }

            foreach (var (merged, kept, edit) in overlay.Merges)
            {
                await Run("INSERT INTO entity_merge (merged_id, kept_id, edit_id) VALUES ($merged, $kept, $edit) ON CONFLICT DO NOTHING",
                    ("$merged", merged), ("$kept", kept), ("$edit", edit));
            }

            foreach (var (measurement, subject, kind, edit) in overlay.Moves)
            {
                await Run(EntitySql.InsertMeasurementSubject, ("$measurement", measurement), ("$subject", subject), ("$kind", kind.ToString()), ("$edit", edit));
            }

            foreach (var (entity, alias, edit) in overlay.Aliases)
            {
                await Run(EntitySql.InsertAlias, ("$entity", entity), ("$alias", alias), ("$folded", PaperWriter.Fold(alias)), ("$paper", string.Empty), ("$edit", edit));
            }

            await EntityWriter.ApplyOverlayAsync(connection, transaction, cancellationToken);
            return copied;
        }, cancellationToken);

    /// <summary>
    /// Marks a curated measurement with the conflict a later ingest raised in the store it is migrated from (the
    /// next ingest of its paper here decides afresh); false when the measurement has no curated state here.
    /// </summary>
    public async Task<bool> RestoreConflictAsync(string measurementId, string conflict, CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        await writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var update = new PreparedStatement(connection, transaction,
                "UPDATE measurement_curation SET conflict = $conflict WHERE measurement_id = $id", "$conflict", "$id");
            var found = await update.ExecuteAsync(cancellationToken, conflict, measurementId) > 0;
            await transaction.CommitAsync(cancellationToken);
            return found;
        }
        finally
        {
            writeGate.Release();
        }
    }

    private static Unit ParseUnit(string symbol) =>
        Unit.Parse(symbol) is { Ok: true } parsed ? parsed.Value! : throw new InvalidDataException($"the store holds a unit this build cannot read: \"{symbol}\"");

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? Int(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
}

/// <summary>A store's curated overlay as <c>migrate</c> copies it: the edits oldest first, and the open conflicts by measurement id.</summary>
public sealed record CuratedOverlay(IReadOnlyList<CurationEdit> Edits, IReadOnlyDictionary<string, string> Conflicts);

/// <summary>
/// The curators' overlay on entities as <c>migrate</c> copies it (see <see cref="SqliteGraphStore.ReadEntityOverlayAsync"/>):
/// edits oldest first; entities splits created; merges (merged, kept, edit); split moves (measurement, subject, kind,
/// edit); curators' aliases (entity, alias, edit); added measurements (paper, measurement with evidence and cited
/// references, author, time).
/// </summary>
public sealed record EntityOverlaySnapshot(
    IReadOnlyList<EntityEdit> Edits,
    IReadOnlyList<MaterialNode> Materials,
    IReadOnlyList<StrategyNode> Strategies,
    IReadOnlyList<(string MergedId, string KeptId, string EditId)> Merges,
    IReadOnlyList<(string MeasurementId, string SubjectId, SubjectKind Kind, string EditId)> Moves,
    IReadOnlyList<(string EntityId, string Alias, string EditId)> Aliases,
    IReadOnlyList<(string PaperId, MeasurementNode Measurement, string Author, DateTimeOffset At)> Added);
