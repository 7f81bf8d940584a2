using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace PmgBot.Core.Data;

/// <summary>
/// Puts a query expression that one area defines (say, how a user relates to a youth) into another area's projection,
/// so both are read in one statement while each definition stays in its own place.
/// </summary>
public static class QueryComposition
{
    /// <summary>
    /// <c>x =&gt; shape(x, part(x))</c> as one expression tree EF Core can translate (no invocation): the part's body
    /// takes the place of the shape's second parameter.
    /// </summary>
    public static Expression<Func<TSource, TResult>> With<TSource, TPart, TResult>(
        Expression<Func<TSource, TPart>> part, Expression<Func<TSource, TPart, TResult>> shape)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(shape);
        var source = shape.Parameters[0];
        var partBody = ReplacingExpressionVisitor.Replace(part.Parameters[0], source, part.Body);
        var body = ReplacingExpressionVisitor.Replace(shape.Parameters[1], partBody, shape.Body);
        return Expression.Lambda<Func<TSource, TResult>>(body, source);
    }
}
