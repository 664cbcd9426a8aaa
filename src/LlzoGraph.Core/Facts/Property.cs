namespace LlzoGraph.Core.Facts;

/// <summary>The controlled vocabulary of properties a measurement can report.</summary>
public enum Property
{
    CriticalCurrentDensity,
    InterfacialResistance,
    IonicConductivity,
    ElectronicConductivity,
    CycleLife,
    SpecificCapacity,
    ArealCapacity,
    Overpotential,
    ActivationEnergy,
    ShearModulus,
    Thickness,
    OpenCircuitVoltage,
    PowerDensity,
    EnergyDensity,
    CapacityRetention,
    CoulombicEfficiency,
    Porosity,
    ElectrochemicalWindow,
    RelativeDensity,
    YoungsModulus,
    VolumetricEnergyDensity,
}
