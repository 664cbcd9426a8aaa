namespace LlzoGraph.Extraction.Tests;

/// <summary>Finds the repository (the folder holding LlzoGraph.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Papers => Path.Combine(Root, "corpus", "papers");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LlzoGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LlzoGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
