using System.CommandLine;
using LlzoGraph.Cli.Hosting;
using LlzoGraph.Core.Ports;

namespace LlzoGraph.Cli.Commands;

/// <summary>`llzograph keys create --role reader|curator|admin --owner NAME [--db PATH]`: prints a new API key, once.</summary>
internal static class KeysCommand
{
    public static Command Build()
    {
        var role = new Option<string>("--role") { Description = "reader, curator or admin", DefaultValueFactory = _ => "reader" };
        role.AcceptOnlyFromAmong("reader", "curator", "admin");
        var owner = new Option<string>("--owner") { Description = "Who holds the key; curators' edits are attributed to this name", Required = true };
        var db = CommonOptions.Database();
        var create = new Command("create", "Create an API key; only its hash is stored, so keep the printed key") { role, owner, db };
        create.SetAction(async (parse, ct) =>
        {
            await using var store = await Composition.OpenStoreAsync(parse.GetValue(db)!, ct);
            if (store is not IApiKeyStore keys)
            {
                await Console.Error.WriteLineAsync("this store keeps no API keys; use the embedded store");
                return 2;
            }

            var key = await keys.CreateKeyAsync(parse.GetValue(owner)!, Enum.Parse<ApiRole>(parse.GetValue(role)!, ignoreCase: true), ct);
            Console.WriteLine(key);
            return 0;
        });
        return new Command("keys", "Manage API keys") { create };
    }
}
