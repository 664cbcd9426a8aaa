using LlzoGraph.Api.Schema;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Http;

/// <summary><c>GET /comparison.csv?properties=A,B&amp;rows=STRATEGY&amp;kinds=INTERLAYER</c>: a comparison table as a CSV download.</summary>
internal static class ComparisonCsv
{
    public static async Task HandleAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var (properties, badProperty) = ComparisonQuery.ParseList<Property>(query["properties"]);
        var (kinds, badKind) = ComparisonQuery.ParseList<SubjectKind>(query["kinds"]);
        var (rows, badRows) = ComparisonQuery.ParseList<ComparisonRows>(query["rows"]);
        var problem = properties.Count == 0 && badProperty is null ? "properties is required (e.g. properties=CRITICAL_CURRENT_DENSITY,INTERFACIAL_RESISTANCE)"
            : badProperty is not null ? $"'{badProperty}' is not a property"
            : badKind is not null ? $"'{badKind}' is not a subject kind"
            : badRows is not null || rows.Count > 1 ? "rows must be STRATEGY or PAPER"
            : null;
        if (problem is not null)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(problem, http.RequestAborted);
            return;
        }

        var table = await ComparisonQuery.BuildAsync(
            http.RequestServices.GetRequiredService<IGraphStore>(), properties, rows.Count == 1 ? rows[0] : ComparisonRows.Strategy,
            kinds.Count > 0 ? kinds : null, query["paper"].FirstOrDefault(), http.RequestAborted);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"comparison.csv\"";
        await http.Response.WriteAsync(table.ToCsv(), http.RequestAborted);
    }
}
