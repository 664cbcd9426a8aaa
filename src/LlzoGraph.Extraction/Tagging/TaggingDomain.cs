namespace LlzoGraph.Extraction.Tagging;

/// <summary>
/// Where a sentence comes from, which decides the annotation scheme the tagger follows. The model learns each
/// feature once for all domains and once per domain (feature augmentation), so what the SOFC-Exp articles teach
/// about their own scheme (stacks written part by part, conditions as values) does not overrule the project's.
/// </summary>
public enum TaggingDomain
{
    /// <summary>Battery papers as the project annotates them: the domain of every paper the pipeline reads.</summary>
    Project,

    /// <summary>The SOFC-Exp articles and their MATERIAL/VALUE scheme.</summary>
    SofcExp,
}
