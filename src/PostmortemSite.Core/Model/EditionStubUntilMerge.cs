namespace PostmortemSite.Model;

// TEMPORARY: the lead's Model/SiteConfig.cs defines these; deleted when main is merged in.
public enum Edition
{
    Internal,
    Public,
}

public enum Visibility
{
    Internal,
    Public,
}
