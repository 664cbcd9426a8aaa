namespace LlzoGraph.Core.Curation;

/// <summary>What a curator did to a measurement.</summary>
public enum CurationAction
{
    /// <summary>The extraction is right.</summary>
    Confirm,

    /// <summary>The extraction is wrong and should not be shown as a fact.</summary>
    Reject,

    /// <summary>Some of its fields are wrong; the edit holds the right ones.</summary>
    Correct,
}

/// <summary>
/// One curator's decision on one measurement, kept for ever: who, when, what, and the fields before and after.
/// The latest decision on a measurement is the curated state that reads show; re-ingesting never touches it.
/// </summary>
public sealed record CurationEdit(
    string Id,
    string MeasurementId,
    CurationAction Action,
    string Author,
    DateTimeOffset At,
    string? Comment,
    CuratedFields? Before,
    CuratedFields? After);

/// <summary>The fields a curator may correct: a value in a unit (with its SI value) and the subject's name.</summary>
public sealed record CuratedFields(double Value, string Unit, double SiValue, string SiUnit, string SubjectName);
