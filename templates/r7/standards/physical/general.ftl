<#import "lead.ftl" as lead>
<@lead.text here="この章に定める"/>
