using Xunit.Abstractions;
using Xunit.Sdk;

namespace LlzoGraph.Store.Contract;

/// <summary>
/// A contract test: a [Fact] that is skipped, with a visible reason, when the concrete test class carries
/// <see cref="RequiresEnvironmentAttribute"/> and that environment variable is unset (a store that needs a server).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("LlzoGraph.Store.Contract.StoreFactDiscoverer", "LlzoGraph.Store.Contract")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Put on a contract test class whose store needs a server: its tests skip while <see cref="Variable"/> is unset.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string howToSet) : Attribute
{
    public string Variable { get; } = variable;

    public string HowToSet { get; } = howToSet;
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new StoreTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

/// <summary>A test case whose skip reason is read from its class's <see cref="RequiresEnvironmentAttribute"/> when it runs.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        var requirement = TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (requirement is null)
        {
            return base.GetSkipReason(factAttribute);
        }

        var arguments = requirement.GetConstructorArguments().ToList();
        var variable = (string)arguments[0];
        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
            ? $"{variable} is not set: {arguments[1]}"
            : base.GetSkipReason(factAttribute);
    }
}
