using LlzoGraph.Cli.Commands;

return await LlzoGraphCommands.Build().Parse(args).InvokeAsync();
