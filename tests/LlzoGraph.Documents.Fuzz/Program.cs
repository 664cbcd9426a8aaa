using LlzoGraph.Documents.Pdf;
using SharpFuzz;

// AFL feeds one input per run; the reader must return a value for every input and never throw. Any
// exception that escapes is a crash for AFL to keep. `replay <files…>` runs inputs without AFL, the way a
// crash found by the fuzzer is checked and then turned into a regression test.
// No instrumented code may run before Fuzzer.OutOfProcess.Run sets up AFL's shared memory: the reader is
// made inside the callback. Replay with the plain (not instrumented) build: dotnet run --project … -- replay.
if (args.Length > 0 && args[0] == "replay")
{
    var reader = new PdfDocumentReader(new PdfReaderOptions { MaxPages = 50 });
    foreach (var file in args.Skip(1))
    {
        var result = reader.Read(file, File.ReadAllBytes(file));
        Console.WriteLine($"{file}: {(result.Ok ? "read" : result.Error)}");
    }

    return;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    _ = new PdfDocumentReader(new PdfReaderOptions { MaxPages = 50 }).Read("fuzz.pdf", memory.ToArray());
});
