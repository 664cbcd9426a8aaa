namespace LlzoGraph.Core.Facts;

/// <summary>The property vocabulary with synonyms. Abbreviations are matched case-sensitively, phrases not.</summary>
public static class PropertyVocabulary
{
    public static readonly IReadOnlyList<PropertyDefinition> All =
    [
        new(Property.CriticalCurrentDensity, "critical current density", "mA/cm2",
            ["critical current density", "critical current densities", "CCD", "CCDs"]),
        new(Property.InterfacialResistance, "interfacial resistance", "Ω·cm2",
            ["interfacial resistance", "interfacial resistances", "interface resistance", "interfacial impedance", "interface impedance",
             "contact impedance", "contact resistance", "area-specific resistance", "area specific resistance", "ASR", "ASRs",
             "charge transfer resistance", "charge-transfer resistance", "Rint", "R_int", "Rinterface", "Rct"]),
        new(Property.IonicConductivity, "ionic conductivity", "mS/cm",
            ["ionic conductivity", "ion conductivity", "ionic conductivities", "Li-ion conductivity", "lithium-ion conductivity",
             "lithium ion conductivity", "Li+ conductivity", "Li⁺ conductivity", "conductivity", "σ", "σtotal", "σtot", "σion", "σLi"]),
        new(Property.ElectronicConductivity, "electronic conductivity", "mS/cm",
            ["electronic conductivity", "electron conductivity", "electrical conductivity", "σe", "σeon", "σel"]),
        new(Property.CycleLife, "cycle life", "h",
            ["cycle life", "cycling life", "cycled for", "cycling for", "cycling of", "stable cycling", "cycling stability", "lifespan", "cycle stability",
             "cycle stably", "cycles stably", "cycled stably", "stably cycled", "cycling lifetime", "cycle lifetime", "lifetime"]),
        new(Property.SpecificCapacity, "specific capacity", "mA·h/g",
            ["specific capacity", "discharge capacity", "reversible capacity", "capacity"]),
        new(Property.ArealCapacity, "areal capacity", "mA·h/cm2", ["areal capacity"]),
        new(Property.Overpotential, "overpotential", "mV", ["overpotential", "polarization voltage"]),
        new(Property.ActivationEnergy, "activation energy", "eV", ["activation energy", "migration barrier", "energy barrier", "Ea", "E_a", "Eₐ"]),
        new(Property.ShearModulus, "shear modulus", "GPa", ["shear modulus", "modulus"]),
        new(Property.YoungsModulus, "Young's modulus", "GPa", ["Young's modulus", "Young’s modulus", "Young modulus", "elastic modulus"]),
        new(Property.Thickness, "thickness", "nm", ["thickness", "thick"]),
        new(Property.OpenCircuitVoltage, "open-circuit voltage", "V", ["open circuit voltage", "open-circuit voltage", "OCV"]),
        new(Property.PowerDensity, "power density", "mW/cm2", ["power density", "power densities", "peak power density", "maximum power density"]),
        new(Property.EnergyDensity, "energy density", "W·h/kg", ["energy density", "energy densities", "specific energy"]),
        new(Property.VolumetricEnergyDensity, "volumetric energy density", "W·h/L", ["volumetric energy density", "volumetric energy densities"]),
        new(Property.CapacityRetention, "capacity retention", "%", ["capacity retention", "retention", "of its initial capacity", "of the initial capacity", "of their initial capacity",
             "of its original capacity", "of the original capacity", "of their original capacity",
             "of its capacity", "of their capacity"]),
        new(Property.CoulombicEfficiency, "coulombic efficiency", "%", ["coulombic efficiency", "Coulombic efficiency", "CE"]),
        new(Property.Porosity, "porosity", "%", ["porosity"]),
        new(Property.ElectrochemicalWindow, "electrochemical window", "V",
            ["electrochemical window", "electrochemical windows", "electrochemical stability window", "electrochemical stability windows"]),
        new(Property.RelativeDensity, "relative density", "%", ["relative density", "relative densities"]),
    ];

    private static readonly Dictionary<Property, PropertyDefinition> ByKey = All.ToDictionary(p => p.Key);

    public static PropertyDefinition Get(Property key) => ByKey[key];
}
