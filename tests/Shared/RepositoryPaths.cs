namespace LlzoGraph.Tests;

/// <summary>Finds the repository (the folder holding LlzoGraph.sln) from a test's output folder; linked into every test project.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Papers => Path.Combine(Corpus, "papers");

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
