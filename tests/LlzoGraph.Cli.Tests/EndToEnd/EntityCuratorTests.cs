using System.Net;
using System.Text.Json;
using LlzoGraph.Core.Ports;
using LlzoGraph.Store.Sqlite;

namespace LlzoGraph.Cli.Tests.EndToEnd;

/// <summary>
/// Reviewers' nested filters and entity listings, and curators merging, aliasing and adding measurements over HTTP,
/// with re-ingests of the papers in between.
/// </summary>
public sealed class EntityCuratorTests : IAsyncLifetime
{
    private ServedPapers served = null!;

    private SqliteGraphStore store => served.Store;

    public async Task InitializeAsync() => served = await ServedPapers.StartAsync("second-review.md", "third-note.md");

    public async Task DisposeAsync() => await served.DisposeAsync();

    private Task Ingest() => served.IngestAsync();

    private Task<(HttpStatusCode Status, JsonElement Body)> Post(string query, string? key = null) => served.PostAsync(query, key);

    private async Task<JsonElement> Data(string query, string? key = null)
    {
        var (status, body) = await Post(query, key);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{status}: {body}");
        return body.GetProperty("data");
    }

    private async Task<JsonElement> Error(string query, string? key = null)
    {
        var (_, body) = await Post(query, key);
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString());
        return errors[0];
    }

    private async Task<string> StrategyId(string name) =>
        (await Data($$"""{ strategies(where: { name: { contains: "{{name}}" } }) { nodes { id name } } }"""))
        .GetProperty("strategies").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;

    private const string NestedFilter = """
        where: {
          property: { eq: CRITICAL_CURRENT_DENSITY },
          OR: [
            { conditions: { some: { name: { eq: "temperature" }, value: { lte: 30, unit: "°C" } } } },
            { AND: [ { references: { some: { year: { gte: 2021 } } } }, { evidence: { none: { table: true } } } ] }
          ],
          NOT: { conditions: { some: { name: { eq: "temperature" }, value: { gt: 323.15, unit: "K" } } } }
        }
        """;

    [Fact]
    public async Task A_reviewers_nested_and_or_not_some_none_filter_converts_units_and_pages()
    {
        var first = (await Data($$"""
            { measurementsConnection(first: 1, {{NestedFilter}}) {
                totalCount edges { node { subject { name } value(unit: "A/m2") } } pageInfo { hasNextPage endCursor } } }
            """)).GetProperty("measurementsConnection");
        Assert.Equal(2, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await Data($$"""
            { measurementsConnection(first: 1, after: "{{cursor}}", {{NestedFilter}}) {
                edges { node { subject { name } value(unit: "A/m2") } } pageInfo { hasNextPage } } }
            """)).GetProperty("measurementsConnection");
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var found = first.GetProperty("edges").EnumerateArray().Concat(second.GetProperty("edges").EnumerateArray())
            .Select(e => (e.GetProperty("node").GetProperty("subject").GetProperty("name").GetString(), Math.Round(e.GetProperty("node").GetProperty("value").GetDouble(), 6)))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal([("AlN interlayer", 26.0), ("Li3N interlayer", 12.0)], found);
    }

    [Fact]
    public async Task Reviewers_list_materials_with_aliases_strategies_by_kind_and_the_property_vocabulary_with_totals()
    {
        var curator = await store.CreateKeyAsync("Ada Curator", ApiRole.Curator);
        var li3n = (await Data("""{ materials(where: { name: { contains: "li3n" } }) { totalCount nodes { id name } } }""")).GetProperty("materials");
        var id = li3n.GetProperty("nodes")[0].GetProperty("id").GetString();
        await Data($$"""mutation { addAlias(id: "{{id}}", alias: "lithium nitride") { aliases } }""", curator);

        var byAlias = (await Data("""{ materials(where: { name: { contains: "NITRIDE" } }) { totalCount nodes { name aliases measurementCount } } }""")).GetProperty("materials");
        Assert.Equal(1, byAlias.GetProperty("totalCount").GetInt32());
        Assert.Equal("Li₃N", byAlias.GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.Equal(["Li3N", "lithium nitride"], byAlias.GetProperty("nodes")[0].GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        await Data($$"""mutation { addAlias(id: "{{await StrategyId("Li3N interlayer")}}", alias: "nitride wetting layer") { id } }""", curator);
        var measured = (await Data("""{ measurements(where: { subject: { name: { contains: "Nitride Wetting" } } }) { subject { name } } }""")).GetProperty("measurements");
        Assert.Equal(3, measured.GetArrayLength());
        Assert.All(measured.EnumerateArray(), m => Assert.Equal("Li3N interlayer", m.GetProperty("subject").GetProperty("name").GetString()));

        var interlayers = (await Data("""{ strategies(first: 2, where: { kind: { eq: INTERLAYER } }) { totalCount nodes { kind } pageInfo { hasNextPage } } }""")).GetProperty("strategies");
        Assert.Equal(3, interlayers.GetProperty("totalCount").GetInt32());
        Assert.True(interlayers.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.All(interlayers.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("INTERLAYER", n.GetProperty("kind").GetString()));

        var ccd = (await Data("{ properties { property unit siUnit measurementCount } }")).GetProperty("properties").EnumerateArray()
            .Single(p => p.GetProperty("property").GetString() == "CRITICAL_CURRENT_DENSITY");
        Assert.Equal(("mA/cm2", "A/m2", 3), (ccd.GetProperty("unit").GetString(), ccd.GetProperty("siUnit").GetString(), ccd.GetProperty("measurementCount").GetInt32()));
    }

    [Fact]
    public async Task A_merge_is_in_history_with_who_when_before_and_after_and_survives_re_ingest()
    {
        var curator = await store.CreateKeyAsync("Ada Curator", ApiRole.Curator);
        var (kept, merged) = (await StrategyId("Li3N interlayer"), await StrategyId("Li3N-Li interlayer"));
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);

        var result = (await Data($$"""mutation { mergeEntities(keep: "{{kept}}", merge: "{{merged}}", comment: "one interlayer") { id aliases measurementCount } }""", curator))
            .GetProperty("mergeEntities");
        Assert.Equal((kept, 4), (result.GetProperty("id").GetString(), result.GetProperty("measurementCount").GetInt32()));
        Assert.Contains("Li3N-Li interlayer", result.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        await Ingest();

        var strategies = (await Data("""{ strategies(where: { name: { contains: "Li3N" } }) { totalCount nodes { id measurementCount } } }""")).GetProperty("strategies");
        Assert.Equal(1, strategies.GetProperty("totalCount").GetInt32());
        Assert.Equal(4, strategies.GetProperty("nodes")[0].GetProperty("measurementCount").GetInt32());
        var byOldName = (await Data("""{ measurements(where: { subject: { name: { eq: "li3n-li interlayer" } } }) { subject { id name } } }""")).GetProperty("measurements");
        Assert.All(byOldName.EnumerateArray(), m => Assert.Equal(kept, m.GetProperty("subject").GetProperty("id").GetString()));
        Assert.Equal(4, byOldName.GetArrayLength());

        var edit = Assert.Single((await Data($$"""{ entityHistory(id: "{{kept}}") { action author at comment before after other } }""")).GetProperty("entityHistory").EnumerateArray());
        Assert.Equal(("MERGE", "Ada Curator", "one interlayer", merged), (edit.GetProperty("action").GetString(), edit.GetProperty("author").GetString(),
            edit.GetProperty("comment").GetString(), edit.GetProperty("other").GetString()));
        Assert.InRange(edit.GetProperty("at").GetDateTimeOffset(), started, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal("Li3N interlayer; Li3N-Li interlayer", edit.GetProperty("before").GetString());
        Assert.Contains("also called Li3N-Li interlayer", edit.GetProperty("after").GetString(), StringComparison.Ordinal);

        Assert.Equal(kept, (await Data($$"""{ entity(id: "{{merged}}") { id } }""")).GetProperty("entity").GetProperty("id").GetString());

        var undone = (await Data($$"""mutation { unmergeEntity(id: "{{merged}}") { id measurementCount } }""", curator)).GetProperty("unmergeEntity");
        Assert.Equal((merged, 1), (undone.GetProperty("id").GetString(), undone.GetProperty("measurementCount").GetInt32()));
    }

    [Fact]
    public async Task A_curator_adds_a_missing_measurement_with_its_evidence_and_it_stays_through_re_ingest()
    {
        var curator = await store.CreateKeyAsync("Ada Curator", ApiRole.Curator);
        var aln = await StrategyId("AlN interlayer");
        var paper = (await Data("{ papers { id doi } }")).GetProperty("papers").EnumerateArray()
            .Single(p => p.GetProperty("doi").GetString() == "10.5555/llzograph-test-0002").GetProperty("id").GetString();
        var added = (await Data($$"""
            mutation { addMeasurement(comment: "missed", input: {
                subject: "{{aln}}", property: INTERFACIAL_RESISTANCE, value: 12, unit: "Ω cm2", paper: "{{paper}}",
                section: "2 Interlayers", text: "The AlN interlayer lowered the interfacial resistance to 12 Ω cm2 [3].", referenceNumber: 3,
                conditions: [{ name: "temperature", value: 25, unit: "°C" }] }) {
              id value unit subject { name } evidence { text section paper { id } } reference { number firstAuthor } curation { action author } } }
            """, curator)).GetProperty("addMeasurement");
        var id = added.GetProperty("id").GetString();
        Assert.Equal(("AlN interlayer", 12.0, "Ω·cm2"), (added.GetProperty("subject").GetProperty("name").GetString(), added.GetProperty("value").GetDouble(), added.GetProperty("unit").GetString()));
        Assert.Equal((3, "CONFIRM", "Ada Curator"), (added.GetProperty("reference").GetProperty("number").GetInt32(),
            added.GetProperty("curation").GetProperty("action").GetString(), added.GetProperty("curation").GetProperty("author").GetString()));

        await Ingest();

        var kept = (await Data($$"""{ measurements(where: { property: { eq: INTERFACIAL_RESISTANCE }, subject: { name: { contains: "AlN" } } }) { id evidence { text } curation { conflict } } }"""))
            .GetProperty("measurements");
        var again = Assert.Single(kept.EnumerateArray());
        Assert.Equal(id, again.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("curation").GetProperty("conflict").ValueKind);
        var history = Assert.Single((await Data($$"""{ entityHistory(id: "{{id}}") { action author comment } }""")).GetProperty("entityHistory").EnumerateArray());
        Assert.Equal(("ADD_MEASUREMENT", "Ada Curator", "missed"), (history.GetProperty("action").GetString(), history.GetProperty("author").GetString(), history.GetProperty("comment").GetString()));

        var wrongUnit = await Error($$"""
            mutation { addMeasurement(input: { subject: "{{aln}}", property: INTERFACIAL_RESISTANCE, value: 1, unit: "mA/cm2", paper: "{{paper}}", section: "2", text: "t" }) { id } }
            """, curator);
        Assert.Equal("INVALID_UNIT", wrongUnit.GetProperty("extensions").GetProperty("code").GetString());
        var unknownReference = await Error($$"""
            mutation { addMeasurement(input: { subject: "{{aln}}", property: INTERFACIAL_RESISTANCE, value: 1, unit: "Ω cm2", paper: "{{paper}}", section: "2", text: "t", referenceNumber: 99 }) { id } }
            """, curator);
        Assert.Contains("no reference number 99", unknownReference.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_entity_mutation_is_refused_401_without_a_key_and_403_with_a_reader_key()
    {
        var reader = await store.CreateKeyAsync("Rita Reader", ApiRole.Reader);
        var (a, b) = (await StrategyId("Li3N interlayer"), await StrategyId("Li3N-Li interlayer"));
        string[] mutations =
        [
            $$"""mutation { mergeEntities(keep: "{{a}}", merge: "{{b}}") { id } }""",
            $$"""mutation { unmergeEntity(id: "{{b}}") { id } }""",
            $$"""mutation { splitEntity(id: "{{a}}", measurements: [], name: "x") { id } }""",
            $$"""mutation { addAlias(id: "{{a}}", alias: "x") { id } }""",
            $$"""mutation { addMeasurement(input: { subject: "{{a}}", property: THICKNESS, value: 1, unit: "nm", paper: "p", section: "s", text: "t" }) { id } }""",
        ];

        foreach (var mutation in mutations)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Post(mutation)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await Post(mutation, reader)).Status);
        }

        Assert.Empty((await Data($$"""{ entityHistory(id: "{{a}}") { id } }""")).GetProperty("entityHistory").EnumerateArray());
    }

    [Fact]
    public async Task Hostile_filters_are_clear_errors_and_the_server_keeps_answering()
    {
        var deep = string.Concat(Enumerable.Repeat("{ NOT: ", 30)) + "{ property: { eq: THICKNESS } }" + new string('}', 30);
        var tooDeep = await Error($"{{ measurements(where: {deep}) {{ id }} }}");
        Assert.Contains("deep", tooDeep.GetProperty("message").GetString(), StringComparison.Ordinal);

        var wide = "{ OR: [" + string.Join(", ", Enumerable.Repeat("{ subject: { name: { contains: \"x\" } } }", 300)) + "] }";
        Assert.Equal("INVALID_FILTER", (await Error($"{{ measurements(where: {wide}) {{ id }} }}")).GetProperty("extensions").GetProperty("code").GetString());

        var unknownUnit = await Error("""{ measurements(where: { OR: [{ property: { eq: CRITICAL_CURRENT_DENSITY }, value: { gt: 1, unit: "furlongs" } }] }) { id } }""");
        Assert.Contains("furlongs", unknownUnit.GetProperty("message").GetString(), StringComparison.Ordinal);

        var injection = (await Data("""
            { measurements(where: { OR: [{ subject: { name: { contains: "x') OR 1=1; DROP TABLE measurement; --" } } },
                                         { evidence: { some: { text: { contains: "%' OR '1'='1" } } } }] }) { id } }
            """)).GetProperty("measurements");
        Assert.Equal(0, injection.GetArrayLength());

        var stats = (await Data("{ statistics { measurements } }")).GetProperty("statistics").GetProperty("measurements").GetInt32();
        Assert.Equal((await store.GetStatisticsAsync()).Measurements, stats);
        Assert.True(stats > 0);
    }
}
