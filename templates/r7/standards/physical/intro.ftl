<#import "lead.ftl" as lead>
<#if numbering.style != "article"><@lead.text here="次に定める"/></#if>
