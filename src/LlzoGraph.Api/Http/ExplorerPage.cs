namespace LlzoGraph.Api.Http;

/// <summary>A small self-contained page for trying queries in a browser (no scripts from elsewhere).</summary>
internal static class ExplorerPage
{
    public const string Html = $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>LlzoGraph GraphQL</title>
        <style>
          body { font-family: system-ui, sans-serif; margin: 1.5rem; }
          textarea, pre { width: 100%; box-sizing: border-box; font-family: ui-monospace, monospace; font-size: 13px; }
          textarea { height: 16rem; } #variables { height: 4rem; }
          pre { background: #f6f8fa; padding: 1rem; min-height: 10rem; white-space: pre-wrap; }
        </style>
        </head>
        <body>
        <h1>LlzoGraph GraphQL</h1>
        <p>Write a query, press Run (or Ctrl+Enter). The schema is at <code>schema/schema.graphql</code> in the repository; <code>{ __schema { types { name } } }</code> lists it here.</p>
        <textarea id="query">{{ExampleQueries.InterlayersAboveTwoMilliamperes}}</textarea>
        <p>Variables (JSON):</p>
        <textarea id="variables"></textarea>
        <p><button id="run">Run</button> <span id="status"></span></p>
        <pre id="result"></pre>
        <script>
          async function run() {
            const status = document.getElementById('status');
            const variablesText = document.getElementById('variables').value.trim();
            let variables = null;
            try { variables = variablesText ? JSON.parse(variablesText) : null; } catch (e) { status.textContent = 'variables are not JSON: ' + e.message; return; }
            status.textContent = 'running…';
            const response = await fetch(location.pathname, {
              method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ query: document.getElementById('query').value, variables })
            });
            status.textContent = 'HTTP ' + response.status;
            document.getElementById('result').textContent = JSON.stringify(await response.json(), null, 2);
          }
          document.getElementById('run').addEventListener('click', run);
          document.addEventListener('keydown', e => { if (e.ctrlKey && e.key === 'Enter') run(); });
        </script>
        </body>
        </html>
        """;
}
