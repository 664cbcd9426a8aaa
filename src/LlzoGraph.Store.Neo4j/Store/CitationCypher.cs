using LlzoGraph.Core.Queries;

namespace LlzoGraph.Store.Neo4j.Store;

/// <summary>
/// The citation-graph and relatedness queries, with the SQLite store's semantics (CitationSql, RelatedSql there):
/// (:Paper)-[:LISTS {number}]->(:Reference), (:Paper)-[:HAS_CITATION]->(:Citation)-[:TO]->(:Reference). A work
/// links to the stored paper with its DOI (any case; the lowest paper id should two share it).
/// </summary>
internal static class CitationCypher
{
    /// <summary>Binds <c>dois</c>: [lower-case DOI, paper id] of every stored paper with a DOI, by paper id.</summary>
    private const string PaperDois = """
        OPTIONAL MATCH (doiPaper:Paper)
        WHERE doiPaper.doi IS NOT NULL
        WITH doiPaper ORDER BY doiPaper.id
        WITH collect([toLower(doiPaper.doi), doiPaper.id]) AS dois
        """;

    /// <summary>The columns <see cref="Rows.LinkedReference"/> reads, after a leading placeholder; needs r, number and dois.</summary>
    private const string ReferenceColumns = """
        '', r.id, number, r.authors, r.title, r.journal, r.year, r.volume, r.pages, r.doi, r.raw,
        CASE WHEN r.doi IS NULL THEN null ELSE head([d IN dois WHERE d[0] = toLower(r.doi) | d[1]]) END
        """;

    /// <summary><c>{match}</c> binds r and number (and the citing paper's listing); <c>{where}</c> filters.</summary>
    private const string References = PaperDois + "\n{match}\n{where}\nRETURN " + ReferenceColumns + "\nORDER BY number, r.id\nSKIP $offset LIMIT $limit";

    public const string CitingPapers = """
        MATCH (p:Paper)-[:LISTS]->(:Reference {id: $reference})
        RETURN DISTINCT p.id, p.title, p.authors, p.doi, p.year, p.source
        ORDER BY p.title, p.id
        """;

    public const string CitedBy = """
        MATCH (cited:Paper {id: $paper})
        WHERE cited.doi IS NOT NULL
        MATCH (citing:Paper)-[:LISTS]->(r:Reference)
        WHERE r.doi IS NOT NULL AND toLower(r.doi) = toLower(cited.doi) AND citing.id <> cited.id
        RETURN DISTINCT citing.id, citing.title, citing.authors, citing.doi, citing.year, citing.source
        ORDER BY citing.title, citing.id
        """;

    /// <summary>Columns: the reference (numbered by the citing paper), then form, section, text; in reading order.</summary>
    public const string Citations = PaperDois + "\n" + """
        MATCH (:Paper {id: $paper})-[:HAS_CITATION]->(c:Citation)-[:TO]->(r:Reference)
        WHERE ($prefix IS NULL OR left(c.section, size($prefix)) = $prefix)
          AND ($contains IS NULL OR toLower(c.section) CONTAINS $contains)
        WITH dois, c, r, c.number AS number
        """ + "\nRETURN " + ReferenceColumns + ", c.form, c.section, c.text\nORDER BY c.ordinal";

    /// <summary>Papers citing the same works as $paper: paper columns, then how many works they share.</summary>
    public const string PapersSharingWorks = """
        MATCH (:Paper {id: $paper})-[:LISTS]->(r:Reference)<-[:LISTS]-(p:Paper)
        WHERE p.id <> $paper
        RETURN p.id, p.title, p.authors, p.doi, p.year, p.source, count(DISTINCT r) AS shared
        """;

    /// <summary>Papers reporting on the subjects $paper reports on: paper columns, then how many subjects they share.</summary>
    public const string PapersSharingSubjects = """
        MATCH (:Paper {id: $paper})-[:REPORTS]->(:Evidence)-[:OF]->(:Measurement)-[:ABOUT]->(s)
        WITH DISTINCT s
        MATCH (s)<-[:ABOUT]-(:Measurement)<-[:OF]-(:Evidence)<-[:REPORTS]-(p:Paper)
        WHERE p.id <> $paper
        RETURN p.id, p.title, p.authors, p.doi, p.year, p.source, count(DISTINCT s) AS shared
        """;

    /// <summary>Columns: id, name, kind, shared materials, shared properties (only for strategies of the same kind).</summary>
    public const string SimilarStrategies = """
        OPTIONAL MATCH (t:Strategy {id: $strategy})
        OPTIONAL MATCH (t)-[:MADE_OF]->(tm:Material)
        WITH t, collect(DISTINCT tm.id) AS materials
        OPTIONAL MATCH (t)<-[:ABOUT]-(tx:Measurement)
        WITH t, materials, collect(DISTINCT tx.property) AS properties
        MATCH (s:Strategy)
        WHERE s.id <> $strategy
        OPTIONAL MATCH (s)-[:MADE_OF]->(sm:Material)
        WHERE sm.id IN materials
        WITH t, properties, s, count(DISTINCT sm) AS sharedMaterials
        OPTIONAL MATCH (s)<-[:ABOUT]-(sx:Measurement)
        WHERE t IS NOT NULL AND s.kind = t.kind AND sx.property IN properties
        WITH s, sharedMaterials, count(DISTINCT sx.property) AS sharedProperties
        WHERE sharedMaterials > 0 OR sharedProperties > 0
        RETURN s.id, s.name, s.kind, sharedMaterials, sharedProperties
        ORDER BY 2 * sharedMaterials + sharedProperties DESC, s.name, s.id
        LIMIT $limit
        """;

    /// <summary>The query for <paramref name="query"/>: fixed text, values as parameters.</summary>
    public static (string Query, Dictionary<string, object?> Parameters) BuildReferences(ReferenceQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query.Offset));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit, nameof(query.Limit));
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["offset"] = (long)query.Offset,
            ["limit"] = (long)query.Limit,
        };
        var where = new List<string>();
        string match;
        if (query.CitingPaperId is { } citing)
        {
            // one row per entry of the citing paper's list, numbered as it numbers it (a work it lists twice comes twice)
            match = """
                MATCH (:Paper {id: $citing})-[listing:LISTS]->(r:Reference)
                WITH dois, r, listing.number AS number
                """;
            parameters["citing"] = citing;
            if (query.Number is { } n)
            {
                where.Add("number = $number");
                parameters["number"] = (long)n;
            }
        }
        else
        {
            // numbered with the lowest number any paper gives the work
            match = """
                MATCH (r:Reference)
                OPTIONAL MATCH (r)<-[listing:LISTS]-(:Paper)
                WITH dois, r, min(listing.number) AS number, collect(listing.number) AS numbers
                """;
            if (query.Number is { } n)
            {
                where.Add("$number IN numbers");
                parameters["number"] = (long)n;
            }
        }

        Contains(where, parameters, "any(a IN coalesce(r.authors, []) WHERE toLower(a) CONTAINS $author)", "author", query.Author);
        Contains(where, parameters, "toLower(coalesce(r.title, '')) CONTAINS $title", "title", query.Title);
        Contains(where, parameters, "toLower(coalesce(r.journal, '')) CONTAINS $journal", "journal", query.Journal);
        if (query.Year is { } year)
        {
            where.Add("r.year = $year");
            parameters["year"] = (long)year;
        }

        if (query.MeasurementIds is { } ids)
        {
            where.Add("size([(r)<-[:CITES]-(cm:Measurement) WHERE cm.id IN $measurements | 1]) > 0");
            parameters["measurements"] = ids.Select(i => (object?)i).ToList();
        }

        var filter = where.Count == 0 ? string.Empty : "WHERE " + string.Join("\n  AND ", where);
        return (References.Replace("{match}", match, StringComparison.Ordinal).Replace("{where}", filter, StringComparison.Ordinal), parameters);
    }

    /// <summary>"2.3" keeps sections numbered 2.3…; any other text keeps sections whose label contains it (any case).</summary>
    public static Dictionary<string, object?> CitationParameters(string paperId, string? section)
    {
        var trimmed = section?.Trim();
        var numbered = trimmed is { Length: > 0 } && char.IsDigit(trimmed[0]);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["paper"] = paperId,
            ["prefix"] = numbered ? trimmed : null,
            ["contains"] = !numbered && trimmed is { Length: > 0 } ? trimmed.ToLowerInvariant() : null,
        };
    }

    private static void Contains(List<string> where, Dictionary<string, object?> parameters, string condition, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            where.Add(condition);
            parameters[name] = value.Trim().ToLowerInvariant();
        }
    }
}
