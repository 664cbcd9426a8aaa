using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LlzoGraph.Store.Neo4j.Bolt;
using LlzoGraph.Store.Neo4j.Bolt.Driver;

namespace LlzoGraph.Store.Neo4j.Tests.Scripted;

/// <summary>
/// TLS through SslStream, against the scripted server behind a self-signed certificate made here: bolt+ssc://
/// accepts it and talks Bolt inside the tunnel, bolt+s:// refuses it with an exception that says why and what to use.
/// </summary>
public sealed class TlsTests
{
    /// <summary>One certificate for the class (making an RSA key takes a while).</summary>
    private static readonly X509Certificate2 Certificate = SelfSigned();

    private const string Conversation = """
        !: BOLT 4.4
        C: HELLO {"user_agent": "LlzoGraph/1.0", "scheme": "basic", "principal": "neo4j", "credentials": "secret"}
        S: SUCCESS {"server": "Neo4j/4.4.30", "connection_id": "bolt-tls"}
        C: RUN "RETURN $x AS x" {"x": 7} {}
        C: PULL {"n": 1000}
        S: SUCCESS {"fields": ["x"]}
        S: RECORD [7]
        S: SUCCESS {"bookmark": "bm:tls"}
        C: GOODBYE
        """;

    private static Neo4jSettings Settings(ScriptedBoltServer server, string scheme) =>
        Neo4jSettings.Parse($"{scheme}://{server.Address}") with
        {
            User = "neo4j",
            Password = "secret",
            MaxRetryTime = TimeSpan.Zero,
            InitialRetryDelay = TimeSpan.FromMilliseconds(10),
        };

    [Fact]
    public async Task Bolt_ssc_accepts_a_self_signed_certificate_and_runs_a_conversation_through_it()
    {
        await using var server = new ScriptedBoltServer(Certificate).Then(Conversation);

        await using (var driver = Neo4jDriver.Create(Settings(server, "bolt+ssc")))
        {
            var result = await driver.RunAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = 7 });

            Assert.Equal(7L, result.Records.Single()["x"]);
            Assert.Equal(["bm:tls"], driver.Bookmarks);
        }

        await server.FinishedAsync();
        Assert.Empty(server.Errors);
        Assert.DoesNotContain(server.Log, line => line.StartsWith("TLS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bolt_s_refuses_an_untrusted_certificate_with_a_clear_exception_that_is_not_retried()
    {
        await using var server = new ScriptedBoltServer(Certificate).Then(Conversation);
        await using var driver = Neo4jDriver.Create(Settings(server, "bolt+s"));

        var error = await Assert.ThrowsAsync<TlsException>(() => driver.VerifyConnectivityAsync());

        Assert.Contains($"TLS with {server.Address} failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("bolt+ssc://", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetriable);
        Assert.IsType<System.Security.Authentication.AuthenticationException>(error.InnerException);
        Assert.Equal(1, server.Accepted);
    }

    [Fact]
    public async Task A_plain_bolt_client_never_gets_to_speak_bolt_to_a_tls_server()
    {
        await using var server = new ScriptedBoltServer(Certificate).Then(Conversation);
        await using var driver = Neo4jDriver.Create(Settings(server, "bolt"));

        await Assert.ThrowsAnyAsync<Neo4jException>(() => driver.VerifyConnectivityAsync());
        Assert.Empty(server.Errors);
    }

    /// <summary>A certificate for 127.0.0.1 and localhost, signed by its own key, valid for a day.</summary>
    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        // through PKCS#12 so that the private key is usable by SslStream on every platform
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }
}
