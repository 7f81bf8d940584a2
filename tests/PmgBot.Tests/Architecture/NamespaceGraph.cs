using System.Reflection;
using System.Reflection.Emit;
using PmgBot.Bot.Routing;
using PmgBot.Cards;
using PmgBot.Core.Turns;
using PmgBot.Graph;
using PmgBot.Jobs;

namespace PmgBot.Tests.Architecture;

/// <summary>
/// Which product namespace uses which, read by reflection from the product assemblies: a type's base type, interfaces,
/// fields, properties, events, method and constructor signatures, generic arguments, and the types, methods and fields
/// its method bodies name (IL). Constants are inlined by the compiler and leave no trace; everything else does.
/// </summary>
internal static class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The product assemblies: everything under bot/, cards/ and jobs/.</summary>
    public static IReadOnlyList<Assembly> ProductAssemblies { get; } =
    [
        typeof(TurnContext).Assembly,
        typeof(ICardRenderer).Assembly,
        typeof(JobsServiceCollectionExtensions).Assembly,
        typeof(GraphOptions).Assembly,
        typeof(BotRoutes).Assembly,
    ];

    /// <summary>Namespace → the other product namespaces it uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Edges { get; } = Build();

    private static Dictionary<string, IReadOnlySet<string>> Build()
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in ProductAssemblies.SelectMany(a => a.GetTypes()))
        {
            if (!IsProduct(type.Namespace))
            {
                continue;
            }

            var from = type.Namespace!;
            var targets = edges.TryGetValue(from, out var set) ? set : edges[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in Referenced(type).SelectMany(Flatten))
            {
                if (IsProduct(used.Namespace) && !string.Equals(used.Namespace, from, StringComparison.Ordinal))
                {
                    targets.Add(used.Namespace!);
                }
            }
        }

        return edges.ToDictionary(e => e.Key, e => (IReadOnlySet<string>)e.Value, StringComparer.Ordinal);
    }

    private static bool IsProduct(string? ns) => ns is not null && ns.StartsWith("PmgBot.", StringComparison.Ordinal);

    private static IEnumerable<Type> Referenced(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var item in type.GetInterfaces())
        {
            yield return item;
        }

        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Declared))
        {
            yield return property.PropertyType;
        }

        foreach (var item in type.GetEvents(Declared))
        {
            if (item.EventHandlerType is { } handler)
            {
                yield return handler;
            }
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in InBody(type, method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The types a method body names: in type tokens, and as the declaring types of the methods and fields it uses.</summary>
    private static IEnumerable<Type> InBody(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return [];
        }

        var found = new List<Type>();
        var typeArguments = type.IsGenericTypeDefinition ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethodDefinition ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE && at < il.Length)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            if (!OpCodesByValue.TryGetValue(value, out var code))
            {
                break;
            }

            switch (code.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    if (Resolve(method.Module, token, typeArguments, methodArguments) is { } member)
                    {
                        found.AddRange(TypesOf(member));
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                default:
                    at += 4;
                    break;
            }
        }

        return found;
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (Exception ex) when (ex is ArgumentException or BadImageFormatException or TypeLoadException or FileNotFoundException or MissingMemberException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        Type type => [type],
        FieldInfo field => [field.DeclaringType!, field.FieldType],
        MethodInfo method => [method.DeclaringType!, method.ReturnType, .. method.GetParameters().Select(p => p.ParameterType), .. method.IsGenericMethod ? method.GetGenericArguments() : []],
        ConstructorInfo constructor => [constructor.DeclaringType!],
        _ => member.DeclaringType is { } declaring ? [declaring] : [],
    };

    /// <summary>A type and the types it is made of: element types and generic arguments (generic parameters left out).</summary>
    private static IEnumerable<Type> Flatten(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }
        }
    }
}
