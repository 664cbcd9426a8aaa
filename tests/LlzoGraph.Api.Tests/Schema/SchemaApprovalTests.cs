using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace LlzoGraph.Api.Tests.Schema;

/// <summary>The printed schema is the approved one in schema/schema.graphql: a schema change is a reviewed diff there.</summary>
public sealed class SchemaApprovalTests
{
    [Fact]
    public void The_printed_schema_matches_schema_graphql()
    {
        var printed = PrintedSchema();
        var approvedPath = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (printed != approved)
        {
            var received = Path.Combine(Path.GetTempPath(), "llzograph-schema.received.graphql");
            File.WriteAllText(received, printed);
            Assert.Fail($"The printed GraphQL schema differs from {approvedPath}. If the change is intended, copy the printed "
                + $"schema over it: cp {received} {approvedPath}");
        }
    }

    [Fact]
    public void The_schema_has_the_documented_names()
    {
        using var services = new ServiceCollection().AddLlzoGraphApi().BuildServiceProvider();
        var sdl = services.GetRequiredService<ISchema>().Print(new PrintOptions { IncludeDescriptions = false });

        Assert.Contains("measurements(where: MeasurementWhere, first: Int = 100, offset: Int = 0): [Measurement!]!", sdl, StringComparison.Ordinal);
        Assert.Contains("value(unit: String): Float!", sdl, StringComparison.Ordinal);
        Assert.Contains("CRITICAL_CURRENT_DENSITY", sdl, StringComparison.Ordinal);
        Assert.Contains("INTERLAYER", sdl, StringComparison.Ordinal);
        foreach (var type in new[] { "PropertyFilter", "QuantityFilter", "SubjectFilter", "SubjectKindFilter", "StringFilter", "PaperFilter" })
        {
            Assert.Contains($"input {type} {{", sdl, StringComparison.Ordinal);
        }
    }

    private static string PrintedSchema()
    {
        using var services = new ServiceCollection().AddLlzoGraphApi().BuildServiceProvider();
        return services.GetRequiredService<ISchema>().PrintSdl();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LlzoGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no LlzoGraph.sln above {AppContext.BaseDirectory}");
    }
}
