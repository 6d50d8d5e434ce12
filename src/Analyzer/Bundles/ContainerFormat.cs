namespace Analyzer.Bundles;

/// <summary>The outer layer of a file as far as the bundle reader cares.</summary>
internal enum ContainerFormat
{
    None,
    Tar,
    Gzip,
    Xz,
    Zip,
}
