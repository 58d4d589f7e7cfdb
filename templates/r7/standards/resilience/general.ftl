<#import "lead.ftl" as lead>
<@lead.text/>
