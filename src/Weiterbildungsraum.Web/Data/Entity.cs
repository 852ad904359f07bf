namespace Weiterbildungsraum.Web.Data;

/// <summary>An entity whose concurrent edits must be detected: the token changes on every save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
