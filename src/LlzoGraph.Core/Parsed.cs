namespace LlzoGraph.Core;

/// <summary>
/// The outcome of parsing one item (a unit, a quantity, a reference): either a value or the reason there is
/// none. Parse failures are values, so a batch never stops on one bad item.
/// </summary>
public readonly record struct Parsed<T>
{
    private Parsed(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool Ok => Error is null;

    public static Parsed<T> Success(T value) => new(value, null);

    public static Parsed<T> Failure(string error) => new(default, error);

    public T GetValueOrThrow() => Ok ? Value! : throw new FormatException(Error);
}
