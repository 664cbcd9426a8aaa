using LlzoGraph.Cli.Commands;

return await LlzoGraphCommands.Parse(args).InvokeAsync();
