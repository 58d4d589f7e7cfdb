<#import "lead.ftl" as lead>
<#if numbering.style != "article"><@lead.text/></#if>
