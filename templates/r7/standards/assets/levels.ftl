<#-- Library for chapters 2–4: phrases naming groups of classification levels. Not a clause.
     Works for every scheme: current (自治体機密性3A…1), legacy (機密性3/2/1) and local schemes
     such as 重要性分類Ⅰ/Ⅱ/Ⅲ, whose integrity and availability lists may be empty. -->
<#assign c = classification.confidentiality>
<#assign n = c?size>

<#-- A phrase for the levels levs (a top slice of c, most sensitive first). -->
<#function phrase levs axis=classification.name>
  <#if levs?size == 1>
    <#return axis + levs[0].label>
  <#elseif classification.scheme == "local">
    <#local labels = []>
    <#list levs as l><#local labels = labels + [l.label]></#list>
    <#return axis + jlist(labels)>
  <#else>
    <#return axis + levs?last.label + "以上">
  </#if>
</#function>

<#-- 要保護: every level but the lowest (the model's 機密性2以上); all levels if there is one. -->
<#-- 高: the most sensitive levels, all but the two lowest (the model's 機密性3). -->
<#-- 最下位: the level that may be published; empty if the scheme has one level only. -->
<#if n gt 2>
  <#assign prot = phrase(c[0..n-2])>
  <#assign high = phrase(c[0..n-3])>
  <#assign lowest = classification.name + c?last.label>
<#elseif n == 2>
  <#assign prot = phrase(c[0..0])>
  <#assign high = prot>
  <#assign lowest = classification.name + c?last.label>
<#else>
  <#assign prot = phrase(c)>
  <#assign high = prot>
  <#assign lowest = "">
</#if>

<#-- 完全性 and 可用性: the most critical level, or empty for a one-axis scheme. -->
<#assign ig = classification.integrity>
<#assign av = classification.availability>
<#assign integrityHigh = "">
<#assign availabilityHigh = "">
<#if ig?size gt 1><#assign integrityHigh = "完全性" + ig[0].label></#if>
<#if av?size gt 1><#assign availabilityHigh = "可用性" + av[0].label></#if>
